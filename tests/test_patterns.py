"""`workbench.patterns`: a pattern's compiled size is reckoned from its text, before `regex` builds it."""

from __future__ import annotations

import pytest
import regex

from workbench.patterns import MAX_PROGRAM, PatternTooLarge, compile_bounded, program_size


@pytest.mark.parametrize(
    ("pattern", "size"),
    [
        ("abc", 3),
        (r"\d{1,3}", 1),  # only the least count is unrolled
        (r"\w{65535}", 65_535),
        ("(?:a{1,1000}){1,1000}", 2),
        ("[a{]{5}", 5),  # a brace in a class is a member, the class one item
        (r"\p{L}{3}", 3),  # an escape's braces are its name, not a count
        (r"\{9999999\}", 9),  # escaped braces are characters
        ("(?#{9999999})a", 1),  # nor is a count in a comment
        ("(?:ab){e<=1}", 9),  # a fuzzy constraint is no count
        ("(?:a{1000}){1000}", 1_001_000),
        ("(?:(?:(?:(?:a{50}){50}){50}){50}){50}", 318_877_550),
    ],
)
def test_program_size(pattern: str, size: int) -> None:
    assert program_size(pattern) == size


def test_a_pattern_over_the_bound_is_refused_before_it_is_built() -> None:
    """Compiled, the pattern would take some 90 GB; refused, it takes no time at all."""
    with pytest.raises(PatternTooLarge, match="318,877,550 steps") as refused:
        compile_bounded("(?:(?:(?:(?:a{50}){50}){50}){50}){50}")
    assert isinstance(refused.value, regex.error)  # what every caller already says in one line


def test_a_pattern_at_the_bound_compiles() -> None:
    assert compile_bounded(rf"\w{{{MAX_PROGRAM}}}", regex.IGNORECASE).match("a" * MAX_PROGRAM)


@pytest.mark.parametrize("pattern", ["(?R)", "a(?1)?(b)", "(?P<x>a)(?&x)", "(?P<x>a)(?P>x)", "(a)(?-1)"])
def test_a_pattern_calling_a_group_is_refused_before_it_is_built(pattern: str) -> None:
    with pytest.raises(regex.error, match="calls a group"):
        compile_bounded(pattern)


@pytest.mark.parametrize("pattern", [r"\(?R\)", "[(?R)]", "(?:a)", "(?P<n>a)(?P=n)", "(?i)x(?=y)"])
def test_brackets_that_call_nothing_still_compile(pattern: str) -> None:
    assert compile_bounded(pattern).pattern == pattern
