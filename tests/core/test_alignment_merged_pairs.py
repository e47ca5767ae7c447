"""Two neighbouring 1-1 pairs that read much better joined are one 2-2 bead (`_merged_pairs`).

The passage is a real one, the eighth held-out set's «Бэла» (Lermontov, in J. H. Wisdom and
Marr Murray's English), read at test time where `fetch` mirrors it and split as the set is
(`bench.align_heldout8`); its gold beads are the committed ones. Nothing of the text is in
the repository. Where the mirror, the dev set's splitter or the encoder is missing, the
test is skipped.
"""

from __future__ import annotations

import json

import pytest

from bench import align_dev, align_heldout, align_heldout8
from workbench.core.alignment.aligner import Sentence, align
from workbench.core.alignment.meaning import Meaning, default_encoder

TEXT = "lermontov-bela-1-2"
MOVED = ((77, 78), (68, 69))
"""The staff-captain's two lines: the English ends the first after "he said", the Russian
carries «в такую метель через горы не переедешь» into it and starts the second at «Что?»."""


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
@pytest.mark.skipif(align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout")
def test_a_clause_moved_across_a_sentence_boundary_makes_one_two_two_bead() -> None:
    """Cut as two 1-1 pairs, each still translates most of itself (the meaning pass earned
    two rewards for it); joined, the two sentences a side read better than either pair."""
    try:
        en, ru = align_heldout.sentence_files(TEXT, align_heldout8.SOURCES, align_heldout8.GOLD)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = {
        (tuple(s), tuple(t))
        for s, t in json.loads(align_heldout8.GOLD.read_text(encoding="utf-8"))[TEXT]["beads"]
    }
    assert MOVED in gold
    encoder = default_encoder()
    assert encoder is not None
    beads = align([Sentence(s, 0) for s in en], [Sentence(t, 0) for t in ru], meaning=Meaning(encoder))
    found = {(b.source, b.target) for b in beads}
    assert MOVED in found
    # The pairs just before and after are gold 1-1 beads that stay as they are.
    assert {((76,), (67,)), ((79,), (70,))} <= gold
    assert {((76,), (67,)), ((79,), (70,))} <= found
