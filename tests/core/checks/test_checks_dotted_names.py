"""`whitespace` on a name the source writes whole and the translation splits after its dot: the
name is read back whole, digits and hyphens included. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks


@pytest.mark.parametrize(("source", "target", "name"), [
    ("Install Node.js first.", "Сначала установите Node. js.", "Node.js"),
    ("Install node-v2.js first.", "Сначала установите node-v2. js.", "node-v2.js"),
])
def test_a_name_split_after_its_dot_is_found_whole(make_segments, source: str, target: str, name: str) -> None:
    found = run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=["whitespace"])
    assert [f.message for f in found] == [f"The translation has a space inside “{name}”."]


def test_a_sentence_ending_before_a_name_is_no_split_name(make_segments) -> None:
    found = run_checks(make_segments([("It runs on Node. Express sits on top.", "Он работает на Node. Express — поверх.")]),
                       source_lang="en", target_lang="ru", checks=["whitespace"])
    assert found == []
