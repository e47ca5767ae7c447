"""custom-rule: a pattern that matches the empty text, and words in braces that are none
(hardening, round 32).

A forbidden `x*` found an empty «x» in every target (63,000 findings, a 78 MB report) and a
required one never fired; `^(\\w+\\s?)*$` ("only words") matches the empty text too and is sound.
A zero-width match counts unless the pattern matches the empty text at every place of the
segment. `{клаб:gent}` and `{клуб|клаб}` were matched as literal text and never fired."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks
from workbench.core.checks.rules import parse_rules
from workbench.errors import InputError

TARGETS = ["Это клуб.", "Это клаб.", "Это  x.", "Это Клуб 50%.", "только слова"]


def fired(make_segments, key: str, pattern: str) -> list[int]:
    rule_set = parse_rules({"rule": [{"id": "r", key: pattern}]}, "en", "ru")
    pairs = [("Source.", target) for target in TARGETS]
    return [f.segment for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                          checks=["custom-rule"], rules=rule_set)]


@pytest.mark.parametrize(("key", "pattern", "expected"), [
    ("target_forbidden", "x*", [3]),
    ("target_forbidden", "(?:клаб)?", [2]),
    ("target_forbidden", r"\s{0,}\s", [1, 2, 3, 4, 5]),
    ("target_required", "x*", [1, 2, 4, 5]),
    ("target_required", "(?:клуб)?", [2, 3, 5]),
    # sound patterns that match the empty text, or only zero-width, keep their meaning
    ("target_required", r"^(\w+\s?)*$", [1, 2, 3, 4]),
    ("target_forbidden", r"^(\w+\s?)*$", [5]),
    ("target_forbidden", r"^(?!(?-i:\p{Lu}))", [5]),
    ("target_required", r"^(?!.*клаб)", [2]),
    ("target_forbidden", r"(?<=\d)(?=%)", [4]),
])
def test_an_empty_match_everywhere_is_no_finding(make_segments, key, pattern, expected) -> None:
    assert fired(make_segments, key, pattern) == expected


def test_the_findings_of_an_empty_matching_pattern_mark_what_it_found(make_segments) -> None:
    rule_set = parse_rules({"rule": [{"id": "r", "target_forbidden": "x*"}]}, "en", "ru")
    found = list(run_checks(make_segments([("Source.", "a x xx b")]), source_lang="en", target_lang="ru",
                            checks=["custom-rule"], rules=rule_set))
    assert [f.target_spans for f in found] == [((2, 3), (4, 6))]


@pytest.mark.parametrize("braces", ["{клаб:gent}", "{клуб|клаб}", "{клаб*}", "{(клаб)}", "{клаб=}"])
def test_a_word_in_braces_holding_a_tag_or_pattern_syntax_is_refused(braces) -> None:
    with pytest.raises(InputError, match=r"rule r: .* is not a word") as refused:
        parse_rules({"rule": [{"id": "r", "target_forbidden": braces}]}, "en", "ru")
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(("braces", "target"), [("{C++}", "Код на C++."), ("{Node.js}", "Это Node.js."),
                                                 ("{AT&T}", "Это AT&T."), ("{т.е.}", "Это, т.е. клуб.")])
def test_words_written_with_other_marks_match_as_written(make_segments, braces, target) -> None:
    rule_set = parse_rules({"rule": [{"id": "r", "target_forbidden": braces}]}, "en", "ru")
    found = run_checks(make_segments([("Source.", target), ("Source.", "Это клуб.")]), source_lang="en",
                       target_lang="ru", checks=["custom-rule"], rules=rule_set)
    assert [f.segment for f in found] == [1]


def test_a_required_pattern_stops_reading_where_the_answer_is_known() -> None:
    """`_required_met` reads no further than it must and answers as `telling_matches` does."""
    import itertools

    import regex

    from workbench.core.checks.rules import _required_met, telling_matches

    patterns = ["x*", "(?:ab)?", r"^(\w+\s?)*$", r"^(?!.*b)", r"(?<=\d)(?=%)", r"\b", "$", r"\s*$", "a|", "(?=a)"]
    texts = ["", "a", "ab ab", "x", "axb", "50%", "b", "a b c", " "]
    for pattern, text in itertools.product(patterns, texts):
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.V0)
        assert _required_met(compiled, text) == bool(telling_matches(compiled, text)), (pattern, text)
