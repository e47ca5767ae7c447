"""A translation that opens with an ellipsis resumes a sentence begun before it (a caption that
goes on from the one before, a quotation taken up mid-sentence): Russian goes on in a small
letter there, whatever case the source opens with. Made-up pairs, found by the held-out
video-lessons set (session 37), with the slip the rule must still find beside them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["capitalisation"])


@pytest.mark.parametrize("target", [
    "...и нажимаем кнопку «Применить».",
    "… и нажимаем кнопку «Применить».",
    "...   и нажимаем кнопку «Применить».",
])
def test_an_opening_ellipsis_resumes_the_sentence(make_segments, target: str) -> None:
    assert check(make_segments, [("Then press the Apply button.", target)]) == []


def test_a_small_letter_without_the_ellipsis_is_still_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Then press the Apply button.", "и нажимаем кнопку «Применить».")])
    assert finding.check == "capitalisation"


def test_an_ellipsis_inside_the_sentence_spares_nothing(make_segments) -> None:
    [finding] = check(make_segments, [("Wait... then press Apply.", "подождите... затем нажмите «Применить».")])
    assert finding.check == "capitalisation"
