"""The tokens of Latin letters and digits a target copies from its source (`number-mismatch`'s
`_copied_tokens_aside`): the answers, and the work bounded (hardening, round 35's left item).
Each copy was searched for from the source's start and both texts rebuilt at each: a megabyte
of «&#x22 …» took 10 s. `bench hostile_round35` measures the time; these tests count the work."""

from __future__ import annotations

from typing import Any

from tests.core.checks.conftest import MakeSegments
from workbench.core.checks import run_checks
from workbench.core.checks.numbers import _copied_tokens_aside


class Searched(str):
    """A text that counts the characters its searches read (from where each starts to the end
    of what it found, or to the text's end)."""

    read = 0

    def find(self, sub: Any, start: Any = None, end: Any = None) -> int:
        at = super().find(sub, start, end)
        Searched.read += (at + len(sub) if at >= 0 else len(self)) - (start or 0)
        return at

    # a text rebuilt from its pieces still counts
    def __getitem__(self, key: Any) -> Searched:
        return Searched(super().__getitem__(key))

    def __add__(self, other: str) -> Searched:
        return Searched(super().__add__(other))


def test_each_copy_takes_the_next_place_of_the_source_that_holds_it() -> None:
    source = "Shelf Astron.582,10 and Astron.582,10, then x22."
    target = "Полка Astron.582,10, Astron.582,10 и Astron.582,10."
    blanked_source, blanked_target = _copied_tokens_aside(source, source, target)
    assert "Astron" not in blanked_source and blanked_source.endswith("then x22.")
    # the third copy has no place of the source left: it stays, and is compared
    assert blanked_target.count("Astron.582,10") == 1 and blanked_target.endswith("Astron.582,10.")
    assert len(blanked_source) == len(source) and len(blanked_target) == len(target)


def test_a_piece_of_a_broken_address_is_blanked_in_the_target_only() -> None:
    original = "See https://example.org/a-9eb4-2439cc#?c=0&m=0 for it."
    masked = "See " + " " * 42 + " for it."
    target = "См. https://example.org/a-9eb4- 2439cc#?c=0&m=0."
    blanked_source, blanked_target = _copied_tokens_aside(original, masked, target)
    assert blanked_source == masked and "2439cc" not in blanked_target


def test_a_copied_token_repeated_is_searched_for_from_its_last_copy() -> None:
    repeats = 2_000
    source = Searched("&quot hello &#34 &#x22 &amp " * repeats)
    target = "&quot привет &#34 &#x22 &amp " * repeats
    Searched.read = 0
    blanked_source, blanked_target = _copied_tokens_aside(source, source, target)
    assert "&#x22" not in blanked_source and "&#x22" not in blanked_target
    assert blanked_source.count("&#34") == repeats  # no Latin letter: a number, still compared
    # each search reads on from the last copy (about the whole source each time before: 2,000 x)
    assert Searched.read < 2 * len(source)


def test_the_finding_beside_thousands_of_copies_is_the_same(make_segments: MakeSegments) -> None:
    repeats = 5_000
    pairs = [("&quot hello &#34 &#x22 &amp " * repeats, "7 " + "&quot привет &#34 &#x22 &amp " * repeats)]
    [finding] = run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["number-mismatch"])
    assert finding.message == "“7” in the target is not in the source."
