"""The twenty-first held-out set (`bench.align_heldout21`: Gorky's «Мать» in the Appleton *Mother*,
a novel of the labour movement freely translated from an earlier redaction, RU → EN): where
`fetch` mirrors both repositories, the user files it rebuilds and the segments the import makes of
them are those the gold was read on, and the gold keeps its rules for section breaks, sentences
one redaction lacks, crossed speech tags and straddling periods. No aligner is ever run on the
set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the texts is committed, so every test
that reads them skips where the mirror is absent."""

from __future__ import annotations

import pytest

from bench import align_heldout21
from tests.core.heldout_texts import HeldOutTexts

TEXTS = HeldOutTexts(align_heldout21)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides, _bead_of = TEXTS.sides, TEXTS.bead_of


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


def test_a_section_break_each_side_marks_its_own_way_is_one_1_1_bead() -> None:
    """The Russian's chapter heading «II» is a segment of its own, as the English's asterisks are,
    and they pair with each other, between the close of the suburb and Vlasov's portrait."""
    en, ru = _sides("gorky-mother-suburb")
    s, t = _bead_of("gorky-mother-suburb", ru, "ru", "II")
    assert ([en[i] for i in s], [ru[j] for j in t]) == (["* * * * *"], ["II"])
    beads = GOLD["gorky-mother-suburb"]["beads"]
    after = beads[beads.index([s, t]) + 1]
    assert ru[after[1][0]].startswith("Так жил и Михаил Власов")
    assert en[after[0][0]].startswith("Thus also lived Michael Vlasov")


def test_a_sentence_one_redaction_lacks_is_a_null_bead() -> None:
    en, ru = _sides("gorky-mother-suburb")
    assert _bead_of("gorky-mother-suburb", en, "en", "She called a physician.") == ([en.index(
        "She called a physician.")], [])
    assert _bead_of("gorky-mother-suburb", ru, "ru", "Я любовницу заведу") == ([], [ru.index(
        "Я любовницу заведу...")])
    assert GOLD["gorky-mother-suburb"]["beads"][-1] == [[], [len(ru) - 1]]
    assert ru[-1] == "Через несколько дней кто-то убил ее..."


def test_a_speech_tag_that_crosses_its_speech_is_one_n_m_bead() -> None:
    """«Ей говорили раздраженно: — Куда лезешь? Толкали ее. Но это не останавливало мать; ...»
    tags the speech before it, the English after it ("She heard the angry question, and the
    people pushed her, but she would not stop, ..."): one bead, both sides more than one segment."""
    en, ru = _sides("gorky-mother-kopeck")
    s, t = _bead_of("gorky-mother-kopeck", ru, "ru", "Ей говорили раздраженно:")
    assert len(s) == 3 and len(t) == 4
    assert en[s[0]] == '"Where are you going, old woman?"'
    assert ru[t[-1]].startswith("Но это не останавливало мать")


def test_a_sentence_added_inside_a_translated_run_stays_in_its_bead() -> None:
    """Pavel's «— В субботу у меня будут гости из города.» is rendered across two English
    sentences with the mother's added question between them: one 3-1 bead, not a null bead."""
    en, ru = _sides("gorky-mother-guests")
    s, t = _bead_of("gorky-mother-guests", ru, "ru", "— В субботу у меня будут гости")
    assert [en[i] for i in s] == ['"I expect some people here on Saturday."', '"What people?" she asked.',
                                  '"Some people from our village, and others from the city."']
    assert len(t) == 1


def test_a_period_that_straddles_two_sentences_is_one_n_m_bead() -> None:
    en, ru = _sides("gorky-mother-suburb")
    s, t = _bead_of("gorky-mother-suburb", ru, "ru", "Иногда парней приводили домой")
    assert len(s) == len(t) == 2
    assert en[s[0]].endswith("drunk to insensibility.")
    assert en[s[1]].startswith("The parents scolded and swore at them")
