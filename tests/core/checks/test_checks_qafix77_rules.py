"""Typography checks' last false alarms and misses on the QA sets' shapes (session 44, issue 15):
a word run into a short preposition that pymorphy3 reads as a name after an unknown prefix, ...
Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, *pairs: tuple[str, str]) -> list[Finding]:
    return run_checks(make_segments(list(pairs)), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target", "first", "second"), [
    ("Open Mail in the panel.", "Откройте пункт почтана панели.", "почта", "на"),
    ("Set the time in the panel.", "Задайте времяна панели.", "время", "на"),
])
def test_a_word_run_into_a_preposition_read_as_a_name_after_an_unknown_prefix_is_a_join(
        make_segments, source: str, target: str, first: str, second: str) -> None:
    """pymorphy3 guesses «времяна» as an unknown prefix «врем» before the name «Яна»: a compound's
    second word is never a person's name, so the reading is no compound."""
    [finding] = found(make_segments, "spacing", (source, target))
    assert second in finding.message


@pytest.mark.parametrize("target", ["Настройки кибербезопасности и подслова.", "Это микрочип."])
def test_a_compound_of_an_unknown_prefix_and_a_common_word_stays_one_word(make_segments, target: str) -> None:
    assert found(make_segments, "spacing", ("Security settings and subwords.", target)) == []
