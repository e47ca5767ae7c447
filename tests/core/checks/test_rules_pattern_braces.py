"""custom-rule: the braces of a pattern's own syntax are not words to inflect (hardening, round 31).

`\\p{Lu}`, `\\N{EM DASH}`, an escaped `\\{` and a brace inside `[...]` were read as a word in
braces: `\\p{Lu}` became `\\p` followed by the forms of «Lu», a rule that compiled and never
matched, so a forbidden capital passed in silence. (Patterns match without case: `(?-i:...)`.)"""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks
from workbench.core.checks.rules import parse_rules
from workbench.errors import InputError


def findings(make_segments, pattern: str, targets: list[str]) -> list[int]:
    rule_set = parse_rules({"rule": [{"id": "r", "target_forbidden": pattern}]}, "en", "ru")
    pairs = [("Source.", target) for target in targets]
    return [f.segment for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                          checks=["custom-rule"], rules=rule_set)]


@pytest.mark.parametrize(("pattern", "targets", "expected"), [
    (r"(?-i:\p{Lu}{2})", ["Это ООН.", "Это оон."], [1]),
    (r"\P{Cyrillic}\.$", ["Это IBM.", "Это клуб."], [1]),
    (r"\p{Script=Latin}", ["Это IBM.", "Это клуб."], [1]),
    (r"(?-i:[\p{Lu}]{3})", ["Это ООН.", "Это Клуб."], [1]),
    (r"\N{EM DASH}", ["Клуб — это дом.", "Клуб - это дом."], [1]),
    (r"\{клуб\}", ["Это {клуб}.", "Это клуб."], [1]),
    (r"[{}]", ["Это {0}.", "Это клуб."], [1]),
])
def test_the_patterns_own_braces_are_kept(make_segments, pattern, targets, expected) -> None:
    assert findings(make_segments, pattern, targets) == expected


def test_a_word_in_braces_beside_them_still_takes_every_form(make_segments) -> None:
    assert findings(make_segments, r"(?-i:\p{Lu})\w* {клаб}", ["В Новом клабе.", "В новом клабе.", "В Новом клубе."]) == [1]


def test_a_pattern_of_nested_brackets_is_refused_in_one_line() -> None:
    """Reading 100,000 nested `[` for braces ended in a RecursionError traceback."""
    with pytest.raises(InputError, match="bad pattern"):
        parse_rules({"rule": [{"target_forbidden": "[" * 100_000}]}, "en", "ru")
