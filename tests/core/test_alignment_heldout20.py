"""The twentieth held-out set (`bench.align_heldout20`: Gorky's «В людях» in Foakes's *In the
World*, memoir in a free translation, RU → EN): where `fetch` mirrors both repositories, the user
files it rebuilds and the segments the import makes of them are those the gold was read on, and
the gold keeps its rules for verse, crossed periods and speech tags. No aligner is ever run on the
set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the texts is committed, so every test
that reads them skips where the mirror is absent."""

from __future__ import annotations

import pytest

from bench import align_heldout20
from tests.core.heldout_texts import Bead, HeldOutTexts

TEXTS = HeldOutTexts(align_heldout20)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides = TEXTS.sides


def _bead_of_ru(name: str, ru: list[str], start: str) -> Bead:
    """The gold bead holding the one Russian segment that opens with `start`."""
    found = [j for j, segment in enumerate(ru) if segment.startswith(start)]
    assert len(found) == 1
    s, t = next((s, t) for s, t in GOLD[name]["beads"] if found[0] in t)
    return s, t


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


def test_each_verse_line_pairs_with_its_verse_line() -> None:
    """Grandmother's five lines of verse are five segments a side and five 1-1 beads, in order."""
    en, ru = _sides("gorky-in-the-world-alms")
    first = _bead_of_ru("gorky-in-the-world-alms", ru, "Богатому о господе не думается")
    beads = GOLD["gorky-in-the-world-alms"]["beads"]
    at = beads.index(list(first))
    verse = beads[at : at + 5]
    assert all(len(s) == len(t) == 1 for s, t in verse)
    assert en[verse[0][0][0]].endswith("about God never thinks;")
    assert ru[verse[4][1][0]] == "А быть тому злату в аду угольями!"
    assert en[verse[4][0][0]] == "But that gold will be coal in hell!"


def test_a_period_whose_order_crosses_is_one_n_m_bead() -> None:
    """Sascha's «— Не я, а старший приказчик, — объяснил он мне строго, — я только помогаю ему.»
    holds the English's speech tag sentence and the start of its next: the whole speech is one
    bead, both sides more than one segment."""
    en, ru = _sides("gorky-in-the-world-cook")
    s, t = _bead_of_ru("gorky-in-the-world-cook", ru, "— Не я, а старший приказчик")
    assert len(s) > 1 and len(t) > 1
    assert any(en[i].startswith('"I am only helping him.') for i in s)
    assert ru[t[-1]] == "А ты молчи!"


def test_a_speech_tag_of_its_own_is_in_the_speechs_bead() -> None:
    en, ru = _sides("gorky-in-the-world-cook")
    s, t = _bead_of_ru("gorky-in-the-world-cook", ru, "— Ведьма! — звал ее Саша за глаза.")
    assert [en[i] for i in s] == ['"Witch!"', "Sascha used to call her behind her back."]
    assert len(t) == 1


def test_the_footnote_call_stays_in_its_sentence_and_no_bead_is_null() -> None:
    en, ru = _sides("gorky-in-the-world-shop")
    assert "[61]" in ru[0]
    assert GOLD["gorky-in-the-world-shop"]["beads"][0] == [[0], [0]]
    assert en[0].startswith('I went out into the world as "shop-boy"')
    assert all(s and t for name in NAMES for s, t in GOLD[name]["beads"])
