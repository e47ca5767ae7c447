"""`unpaired` beside `quote-style` (session 45, issue 15): one English curly mark typed for both
ends of a quotation («”…”», «“…“», as an autocorrect leaves it) is a pair of the wrong shape,
which `quote-style` owns (the README's row: "quotes are not « » / „ “"); `unpaired` is for a mark
left open or closed. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize("target", [
    "Он назвал это ”вечным двигателем”, и все засмеялись.",
    "Он назвал это “вечным двигателем“, и все засмеялись.",
    "Он сказал ”да” и ”нет”.",
])
def test_one_curly_shape_for_both_ends_is_quote_style_alone(make_segments, target: str) -> None:
    source = 'He called it a "perpetual motion machine", and everyone laughed.'
    assert found(make_segments, "unpaired", source, target) == []
    assert found(make_segments, "quote-style", source, target)


@pytest.mark.parametrize("target", [
    "Он назвал это ”вечным двигателем, и все засмеялись.",  # opened, never closed
    "Он назвал это “вечным двигателем“ и ”, и все засмеялись.",  # a stray closer after the pair
    "Он назвал это вечным двигателем”, и все засмеялись.",  # closed, never opened
])
def test_a_curly_mark_left_over_is_still_unpaired(make_segments, target: str) -> None:
    source = 'He called it a "perpetual motion machine", and everyone laughed.'
    assert found(make_segments, "unpaired", source, target)
