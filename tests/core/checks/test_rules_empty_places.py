"""custom-rule: a pattern that matches nothing at one place of every text (hardening, round 33).

A forbidden `\\s*$` ("spaces, then the end") matched nothing at the end of every target and
flagged them all (round 32's left item); `$` and `(?=x)|$` likewise. The text cannot tell such
a match from one of `^(?!\\p{Lu})`, which matches nothing at a target's start only when the
target does not start with a capital; the pattern's parse can (`empty_places`)."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks
from workbench.core.checks.empty_places import Place, empty_places
from workbench.core.checks.rules import parse_rules

TARGETS = ["Это клуб.", "Это клуб. ", "это x", "Это\n", "Итого 50%"]


def fired(make_segments, key: str, pattern: str) -> list[int]:
    rule_set = parse_rules({"rule": [{"id": "r", key: pattern}]}, "en", "ru")
    pairs = [("Source.", target) for target in TARGETS]
    return [f.segment for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                          checks=["custom-rule"], rules=rule_set)]


@pytest.mark.parametrize(("key", "pattern", "expected"), [
    # nothing at the end or the start of every text says nothing: only what they match counts
    ("target_forbidden", r"\s*$", [2, 4]),
    ("target_forbidden", r"\s*\Z", [2, 4]),
    ("target_forbidden", "$", []),
    ("target_forbidden", r"(?=x)|$", [3]),
    ("target_forbidden", r"^\s*", []),
    ("target_forbidden", r"\A|(?<=\d)%", [5]),
    ("target_required", r"\s*$", [1, 3, 5]),
    ("target_required", "$", [1, 2, 3, 4, 5]),
    # a zero-width match where the pattern asserts something keeps its meaning
    ("target_forbidden", r"(?<![.!?\s])$", [3, 4, 5]),  # `$` before a final line break too
    ("target_forbidden", r"^(?!(?-i:\p{Lu}))", [3]),
    ("target_forbidden", r"^(?=\S)(?!.*[.%]\Z)", [2, 3, 4]),
    ("target_required", r"\b(?=\d)", [1, 2, 3, 4]),
    ("target_forbidden", r"^$", []),
])
def test_an_empty_match_at_a_place_of_every_text_is_no_finding(make_segments, key, pattern, expected) -> None:
    assert fired(make_segments, key, pattern) == expected


@pytest.mark.parametrize(("pattern", "places"), [
    (r"\s*$", {Place.END}),
    (r"(?:\s|x)*\Z", {Place.VERY_END}),
    (r"$\Z", {Place.VERY_END}),
    (r"(?=x)|$", {Place.END}),
    (r"^|x*", {Place.START, Place.ANYWHERE}),
    (r"^$", set()),
    (r"(?m)\s*$", {Place.LINE_END}),  # under `(?m)` the anchors fit each line's end or start
    (r"(?m:\s*$)", {Place.LINE_END}),
    (r"(?m)^\s*", {Place.LINE_START}),
    (r"(?m)^\A", {Place.START}),  # the text's start is a line's start
    (r"(?m)\s*$\Z", {Place.VERY_END}),
    (r"$(?m:$)", {Place.END}),
    (r"(?m)^$", set()),  # an empty line says something
    (r"(?m)$^", set()),
    (r"(?-m:$)|(?m)x", set()),  # `re` refuses a flag past the start: read as asserting
    (r"\p{Lu}*$", {Place.END}),  # the `regex` module's own escapes are read
    (r"\\p*$", set()),  # an escaped backslash is text
    (r"\s{0,3}$", {Place.END}),
    (r"\m$", set()),
    (r"(?:x){e<=1}|$", set()),  # what `re` reads otherwise is read as asserting
    (r"(?|(a)|(b))|$", set()),
])
def test_the_places_are_read_from_the_pattern(pattern, places) -> None:
    assert empty_places(pattern) == places


MULTI_LINE = ["Строка один.\nСтрока два.", "Строка один. \nСтрока два.", "Один\n\nДва", "Один\r\nДва"]


@pytest.mark.parametrize(("key", "pattern", "expected"), [
    # round 33's left item: a multi-line target's line ends were each a finding of `(?m)\s*$`
    ("target_forbidden", r"(?m)\s*$", [2, 3, 4]),  # spaces, a blank line's break, a CR before a line's end
    ("target_forbidden", r"(?m)[ \t]*$", [2]),
    ("target_forbidden", r"(?m)^\s*", [3]),
    ("target_forbidden", r"(?m)^$", [3]),  # a blank line
    ("target_forbidden", r"(?m)(?<=\.)$", [1, 2]),  # a line ending in a full stop
    ("target_required", r"(?m)[ \t]*$", [1, 3, 4]),  # met by the spaces only
    ("target_required", r"(?m)^(?=.)", []),
])
def test_a_line_anchor_under_multiline_matches_nothing_at_every_line(make_segments, key, pattern, expected) -> None:
    rule_set = parse_rules({"rule": [{"id": "r", key: pattern}]}, "en", "ru")
    pairs = [("Source.", target) for target in MULTI_LINE]
    assert [f.segment for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                          checks=["custom-rule"], rules=rule_set)] == expected
