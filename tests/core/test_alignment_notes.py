"""Footnotes known by their form (`workbench.core.alignment.notes`), and left unpaired by
`_absorbed_orphans` where a neighbour's bead would take any other unpaired sentence in.

Made-up segments; the absorbing test reads them with the real encoder (skipped where it is not
installed)."""

from __future__ import annotations

import pytest

from tests.core.test_alignment_cut_doubts import ENCODER, _sides, pair
from workbench.core.alignment.aligner import DEFAULTS, Bead, _absorbed_orphans
from workbench.core.alignment.notes import Notes

ENGLISH = [
    "The widow set a bowl of kutya (1) on the table.",
    "(1) A dish of boiled wheat with honey, eaten at funerals.",
    "Nobody touched it, and the candles burned low.",
]
RUSSIAN = ["Вдова поставила на стол миску кутьи.", "Никто к ней не притронулся, и свечи догорали."]


def test_a_segment_opening_with_a_marker_an_earlier_sentence_carries_is_a_note() -> None:
    assert Notes(ENGLISH).is_note(1)
    assert not Notes(ENGLISH).is_note(0)
    assert not Notes(ENGLISH).is_note(2)


@pytest.mark.parametrize(
    ("texts", "k"),
    [
        (["The officers said that a Moskva[I] chatters.", "[I] In many regiments a soldier is called so."], 1),
        (["Он сказал: «москаля везть [1]».", "[1] Так говорили о дороге в Москву."], 1),
        (["She went to the wise women to pour out fear (2).", "(2) “To pour out fear” is a village cure."], 1),
    ],
)
def test_markers_in_brackets_letters_and_quotes(texts: list[str], k: int) -> None:
    assert Notes(texts).is_note(k)


@pytest.mark.parametrize(
    "text",
    [
        "[Footnote: The village of the Cossacks beyond the falls.]",
        "Так называли сельского писаря. (Прим. перев.)",
        "Примечание переводчика: игра слов непереводима.",
        "Translator's note: the pun cannot be kept in English.",
    ],
)
def test_a_segment_that_names_itself_a_note(text: str) -> None:
    assert Notes(["He left.", text]).is_note(1)


@pytest.mark.parametrize(
    "texts",
    [
        ["[5] Do you know the place?"],
        ["He said nothing.", "[4] The captain shook his head."],
        ["There were two roads.", "(1) The first went over the hill."],
        ["Он ушёл.", "1 из любви (итал.)."],
    ],
)
def test_a_marker_no_earlier_sentence_carries_is_no_note(texts: list[str]) -> None:
    """A reference the splitter cut from the sentence before, a list's own numbering, a bare
    digit: sentences of the text."""
    assert not Notes(texts).is_note(len(texts) - 1)


@pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")
def test_an_unpaired_note_stays_out_of_its_neighbours_bead() -> None:
    """The note explains the sentence before it and would join that bead under the anchored
    limits; with its marker unread (a plain sentence) it does."""
    source, target = _sides(ENGLISH, RUSSIAN)
    texts = (ENGLISH, RUSSIAN)
    beads = [pair((0,), (0,)), Bead((1,), (), 0.5, margin=3.0), pair((2,), (1,))]
    loose = (100.0, 2.0)
    kept = _absorbed_orphans(beads, source, target, DEFAULTS, loose, texts, (Notes(ENGLISH), Notes(RUSSIAN)))
    assert [(b.source, b.target) for b in kept] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    plain = [ENGLISH[0], ENGLISH[1].removeprefix("(1) "), ENGLISH[2]]
    source, target = _sides(plain, RUSSIAN)
    taken = _absorbed_orphans(beads, source, target, DEFAULTS, loose, (plain, RUSSIAN),
                              (Notes(plain), Notes(RUSSIAN)))
    assert ((1,), ()) not in [(b.source, b.target) for b in taken]
