"""Which old segment each unit of a document's new version continues (`editing.version_matching`)."""

from __future__ import annotations

from workbench.core.editing.version_matching import MIN_SIMILARITY, match_versions

OLD = ["The letter was written in 1908.", "Violence is not the answer.", "Love is the law of life.",
       "The ship must throw its ballast overboard.", "People lived in this contradiction for a long time."]


def pairs(old: list[str], new: list[str], old_ids: list[str | None] | None = None,
          new_ids: list[str | None] | None = None, *, joined: bool = False) -> list[tuple[int, tuple[int, ...], int, bool]]:
    return [(m.old, m.new, m.score, m.moved) for m in match_versions(
        old, old_ids or [None] * len(old), new, new_ids or [None] * len(new), joined=joined)]


def test_renumbered_ids_name_other_text_and_are_not_trusted() -> None:
    """A vendor's tool that numbers units 1..n anew after an inserted sentence: id 2 is now the new
    sentence. Matched by id, the old unit 2's translation would land on it."""
    new = [OLD[0], "It was sent in 1909.", *OLD[1:]]
    found = pairs(OLD, new, ["1", "2", "3", "4", "5"], ["1", "2", "3", "4", "5", "6"])
    assert [(o, n) for o, n, _, _ in found] == [(0, (0,)), (1, (2,)), (2, (3,)), (3, (4,)), (4, (5,))]


def test_stable_ids_match_a_rewritten_unit_whatever_its_text() -> None:
    new = ["The letter was written in 1908.", "Nobody may use force.", *OLD[2:]]
    found = pairs(OLD, new, ["a", "b", "c", "d", "e"], ["a", "b", "c", "d", "e"])
    assert found[1][:2] == (1, (1,)) and found[1][2] < MIN_SIMILARITY  # the same unit, said anew
    assert (1, (1,)) not in [(o, n) for o, n, _, _ in pairs(OLD, new)]  # without ids: a removed and a new one


def test_a_changed_sentence_is_matched_in_order_and_a_dissimilar_one_is_new() -> None:
    new = [OLD[0], "Violence is never the answer.", "Something else entirely, about ships and the sea.", *OLD[3:]]
    found = pairs(OLD, new)
    assert [(o, n) for o, n, _, _ in found] == [(0, (0,)), (1, (1,)), (3, (3,)), (4, (4,))]
    assert MIN_SIMILARITY <= found[1][2] < 100


def test_a_bead_of_two_sentences_continues_as_the_two_sentences_of_a_text() -> None:
    old = ["Clubs were meant to serve workers. They were not accountable to the state.", "The choir sang."]
    new = ["The choir sang.", "Clubs were meant to serve workers.", "They were not accountable to the state."]
    assert pairs(old, new, joined=True) == [(1, (0,), 100, False), (0, (1, 2), 100, True)]
    assert (0, (1, 2), 100, True) not in pairs(old, new, joined=False)  # a bitext's unit is one unit


def test_a_repeated_sentence_keeps_its_own_place() -> None:
    old = ["Yes.", "He left.", "Yes.", "She stayed."]
    new = ["Yes.", "He left at once.", "Yes.", "She stayed."]
    assert [(o, n) for o, n, _, _ in pairs(old, new)] == [(0, (0,)), (1, (1,)), (2, (2,)), (3, (3,))]
