"""The splitter's short cuts for speed decide as the straightforward reading does.

Each short cut skips work: a scan that would find nothing new, a reading that
would say "no boundary", a look-up that cannot succeed. Each test states what
its short cut assumes and checks it on generated text against the plain form
(the plain stop's short cut is checked in `test_segmentation.py`).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.ingest import segmentation
from workbench.core.ingest.abbreviations import Abbrev, LanguageRules, abbreviation_key, rules_for

_PIECES = st.sampled_from(
    list("aAzZ яЯбБ05 .!?…．,;:—–-\"'«»“”„‘’()[]*¹\n")
    + ["Mr", "e.g", "U.S", "т. е", "etc", "By", "The", "Это", "..", "...", "?!", ".[1]", ".11 12",
       "!Kung", "Pneumonoultramicroscopicsilicovolcanoconiosis"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)

_FIRST_STOP = "([.!?…．](?<![.!?…．]{2})[.!?…．]*+)"
_LOOK_BEHIND_FIRST = re.compile(
    "(?<![.!?…．])([.!?…．]++)" + segmentation._CANDIDATE.pattern.removeprefix(_FIRST_STOP)
)
"""The candidate pattern as it reads most plainly: no stop before the run, then the run."""


def test_the_candidate_pattern_is_the_plain_one_with_its_first_stop_moved() -> None:
    assert segmentation._CANDIDATE.pattern.startswith(_FIRST_STOP)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, pos=st.integers(min_value=0, max_value=8))
def test_the_candidate_pattern_finds_what_the_plain_one_finds(text: str, pos: int) -> None:
    """Consuming the first stop before the look-behind lets the engine skip to stops in C;
    the matches (and their groups) must be the same, from any starting position."""
    found = [match.regs for match in segmentation._CANDIDATE.finditer(text, pos)]
    assert found == [match.regs for match in _LOOK_BEHIND_FIRST.finditer(text, pos)]


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["en", "ru"]))
def test_a_stop_the_loop_skips_as_glued_inside_a_word_is_held_by_the_full_reading(
    text: str, lang: str
) -> None:
    """`_split_part` skips a stop glued to a word that starts no sentence (`e.g`, `U.S`)
    without reading it; the full reading must hold it together from any sentence start."""
    rules = rules_for(lang)
    marks = [mark.start() for mark in segmentation._QUOTE_OR_BRACKET.finditer(text)]
    for candidate in segmentation._CANDIDATE.finditer(text):
        stop_start, (gap_start, gap_end) = candidate.start(), candidate.span(3)
        if gap_start != gap_end or segmentation._starts_glued_sentence(text, gap_end):
            continue
        for start in {0, max(0, stop_start - 3), stop_start}:
            quotes = segmentation._Quotes(text, start, marks)
            where = (stop_start, gap_start, gap_end)
            assert not segmentation._ends_sentence(text, candidate, start, where, rules, quotes)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=6))
def test_reading_quotes_in_steps_ends_where_reading_them_at_once_does(
    text: str, cuts: list[int]
) -> None:
    """The quote reader keeps its place in the part's marks; read at several stops (even
    backwards, which reads nothing), it must end in the state one reading would give."""
    marks = [mark.start() for mark in segmentation._QUOTE_OR_BRACKET.finditer(text)]
    start = min(cuts, default=0) // 4
    stepwise, at_once = segmentation._Quotes(text, start, marks), segmentation._Quotes(text, start, marks)
    for cut in cuts:
        stepwise.open_at(cut)
    at_once.open_at(max(cuts, default=0))
    assert (stepwise.stack, stepwise.opened, stepwise.brackets, stepwise.last_closed_from) == (
        at_once.stack, at_once.opened, at_once.brackets, at_once.last_closed_from
    )


def _every_chain(left: str, before: list[str], rules: LanguageRules) -> Abbrev | None:
    """Every chain of tokens before `left`, longest first: what `_known_chain` prunes."""
    initial = len(left) == 1 and left.isupper()
    for first in range(len(before) + 1):
        chain = before[first:]
        if any(len(token) > 6 for token in chain) or (initial and not chain):
            continue
        kind = rules.abbreviations.get(abbreviation_key([*chain, left]))
        if kind is not None:
            return kind
    return None


_TOKENS = st.sampled_from(
    ["т", "т.", "е", "и", "д", "п", "мн", "др", "н", "э", "Т", "И", "et", "al", "e.g", "op", "cit",
     "loc", "U.S", "Mr", "MR", "etc", "No", "a.m", "I", "V", "J", "5", "1923", "длинное", "Pneumono"]
)


@settings(max_examples=600, deadline=None)
@given(
    left=_TOKENS,
    before=st.lists(_TOKENS, max_size=4),
    rules=st.sampled_from([rules_for("en"), rules_for("ru"), rules_for("zz")]),
)
def test_abbreviation_chains_stop_growing_without_losing_a_known_one(
    left: str, before: list[str], rules: LanguageRules
) -> None:
    """A chain is looked up only while it is the ending of some key; the longest known
    chain must be the one trying every chain finds."""
    assert segmentation._known_chain(left, before, rules) == _every_chain(left, before, rules)


_LIST_PIECES = st.sampled_from(
    list("aivx159 .)(\n\t•-") + ["1. ", "2) ", "(c) ", "iii.) ", "• 3. ", "▪\t(b) ", "12.", "x"]
)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_LIST_PIECES, max_size=30).map("".join), start=st.integers(min_value=0, max_value=5))
def test_list_markers_found_after_a_space_are_the_pattern_s_matches(text: str, start: int) -> None:
    """`_list_markers` matches the space before a marker instead of looking behind at it;
    it must find what `_LIST_MARKER` finds from the same start, with the same counts."""
    expected = [(m.start(), m.group(2)) for m in segmentation._LIST_MARKER.finditer(text, start)]
    assert segmentation._list_markers(text, start) == expected


@settings(max_examples=400, deadline=None)
@given(token=st.lists(st.sampled_from(list("19٣²IVXХxivаa-–.,/:") + ["1923", "XIX", "20-х"]), max_size=6).map("".join))
def test_a_number_is_what_the_number_patterns_match(token: str) -> None:
    """`_is_number` rejects a token by its first character before trying the patterns."""
    expected = (segmentation._NUMBER.fullmatch(token) or segmentation._ROMAN.fullmatch(token)) is not None
    assert segmentation._is_number(token) is expected
