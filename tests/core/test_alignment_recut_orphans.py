"""An unpaired sentence beside a bead that holds its translation is cut in again as a
pair of its own (`_recut_orphans`).

The first test reads a real passage, the tenth held-out set's «Челкаш» (Gorky, in the
anonymous English of *Twenty-six and One and Other Stories*, 1902), at test time where
`fetch` mirrors it, split as the set is (`bench.align_heldout10`); its gold beads are the
committed ones. Nothing of the text is in the repository. Where the mirror, the dev set's
splitter or the encoder is missing, that test is skipped. The others read made-up
sentence lengths, without meaning, through the same lattice the aligner prices beads on.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bench import align_dev, align_heldout, align_heldout10
from tests.core.alignment_sides import bare_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, Sentence, align
from workbench.core.alignment.meaning import Meaning, default_encoder
from workbench.core.alignment.search import BEAD_TYPES

TEXT = "gorky-chelkash-gavrila"
RECUT = {((19,), (18,)), ((20,), (19, 20)), ((83,), (85,)), ((84,), (86,))}
"""Gavrila's "everyone came flocking to look at me … three rubles" and "In addition, they
gave me food and drink …", where Gorky has «… получи три рубля!», «Да напоят, накормят.»,
«И живи сколько хочешь!»: the meaning pass gave the first English sentence all three and
left the second unpaired. And "He moved restlessly about …" / "Tchelkache felt …, but he
nevertheless asked:" against «Он тяжело заерзал на земле.» / «Челкаш спросил:», where the
first was left unpaired and the second took both."""


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
@pytest.mark.skipif(align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout")
def test_a_line_of_speech_cut_elsewhere_pairs_each_english_sentence() -> None:
    try:
        en, ru = align_heldout.sentence_files(TEXT, align_heldout10.SOURCES, align_heldout10.GOLD)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = {
        (tuple(s), tuple(t))
        for s, t in json.loads(align_heldout10.GOLD.read_text(encoding="utf-8"))[TEXT]["beads"]
    }
    assert gold >= RECUT
    encoder = default_encoder()
    assert encoder is not None
    beads = align([Sentence(s, 0) for s in en], [Sentence(t, 0) for t in ru], meaning=Meaning(encoder))
    found = {(b.source, b.target) for b in beads}
    assert found >= RECUT
    assert [i for b in beads for i in b.source] == list(range(len(en)))
    assert [j for b in beads for j in b.target] == list(range(len(ru)))


MODEL = replace(aligner.DEFAULTS, ratio=1.0, variance=2.0, null_cost=0.0)
"""Lengths that must agree closely, and an unpaired sentence no dearer than its prior."""


def test_an_unpaired_sentence_takes_the_sentences_its_neighbour_need_not_hold() -> None:
    """EN 60 | 40 against RU 60, 20, 20: the first English sentence holding all three
    Russian ones and the second left alone is dearer than 1-1 and 1-2."""
    beads = [Bead((0,), (0, 1, 2), 0.5, margin=1.0), Bead((1,), (), 0.5, margin=2.0)]
    out = aligner._recut_orphans(beads, bare_side([60, 40]), bare_side([60, 20, 20]), MODEL)
    assert [(b.source, b.target) for b in out] == [((0,), (0,)), ((1,), (1, 2))]
    # Each pair is as sure as the less sure of the two beads it came from.
    assert [b.margin for b in out] == [1.0, 1.0]


def test_an_unpaired_sentence_on_the_other_side_and_after_its_neighbour_is_recut_too() -> None:
    """RU 30 left alone after EN 40, 30 paired with RU 70: the re-cut is 1-1 and 1-1."""
    beads = [Bead((0, 1), (0,), 0.5, margin=3.0), Bead((), (1,), 0.5, margin=3.0)]
    out = aligner._recut_orphans(beads, bare_side([40, 30]), bare_side([70, 30]), MODEL)
    assert [(b.source, b.target) for b in out] == [((0,), (0,)), ((1,), (1,))]


def test_a_dear_recut_and_a_single_sentence_across_leave_the_orphan_alone() -> None:
    # EN 40 | 200 against RU 20, 20, where an unpaired sentence is cheap and lengths
    # that disagree are dear: pairing the long sentence with 20 characters costs far
    # more than leaving it unpaired (a true addition).
    cheap_orphans = replace(
        MODEL,
        length_ceiling=7.0,
        priors=tuple(0.5 if 0 in shape else prior for shape, prior in zip(BEAD_TYPES, MODEL.priors, strict=True)),
    )
    dear = [Bead((0,), (0, 1), 0.5, margin=1.0), Bead((1,), (), 0.5, margin=1.0)]
    found = aligner._recut(dear[0], dear[1], bare_side([40, 200]), bare_side([20, 20]), cheap_orphans)
    assert found is not None and found[0] > aligner.RECUT_GAP
    assert aligner._recut_orphans(dear, bare_side([40, 200]), bare_side([20, 20]), cheap_orphans) == dear
    # The neighbour has one Russian sentence: there is nothing for the orphan to take.
    single = [Bead((0,), (0,), 0.5, margin=1.0), Bead((1,), (), 0.5, margin=1.0)]
    assert aligner._recut_orphans(single, bare_side([40, 40]), bare_side([40]), MODEL) == single
