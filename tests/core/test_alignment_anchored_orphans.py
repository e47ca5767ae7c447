"""An unpaired sentence between an anchor (a 1-1 pair the search is sure of) and a bead
joins the bead under looser limits (`_absorb_limits`, `ANCHORED_ABSORB`).

The passage is a real one, the fifteenth set's *Romeo and Juliet* I.1 against
Щепкина-Куперник's Russian, read at test time where `fetch` mirrors it and split as the
set is (`bench.align_heldout15`); its gold beads are the committed ones. Nothing of the
text is in the repository. Where the mirror, the dev set's splitter or the encoder is
missing, the test is skipped.
"""

from __future__ import annotations

import pytest

from bench import align_dev, align_heldout, align_heldout15
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, align
from workbench.core.alignment.meaning import Meaning, default_encoder

TEXT = "shakespeare-romeo-1-1"
SPEECHES = (((74,), (84, 85)), ((168,), (214, 215)))
"""Two speeches whose Russian opens with a short piece the English has no clause of:
«Ссору, синьор? О нет, синьор!» for "Quarrel, sir! no, sir." and «В самом деле? Как
медленно часы тоски ползут!» for "Ay me! sad hours seem long.". Each stands between
its speaker's name (a sure 1-1 pair) and the rest of the speech; the meaning pass left
the piece unpaired, and it reads worse joined than `ABSORB_READ` allows."""


def _bead(source: tuple[int, ...], target: tuple[int, ...], margin: float | None) -> Bead:
    return Bead(source, target, 1.0, None, margin)


def test_the_limits_loosen_only_beside_a_sure_one_to_one_pair() -> None:
    tight = (aligner.ABSORB_GAP, aligner.ABSORB_READ)
    loose = aligner.ANCHORED_ABSORB
    name, piece, speech = _bead((0,), (0,), 9.0), _bead((), (1,), None), _bead((1,), (2, 3), 0.5)
    beads = [name, piece, speech]
    # Into the speech: the name beyond it is an anchor.
    assert aligner._absorb_limits(beads, 1, 2, tight) == loose
    # Into the name: the speech beyond is no anchor.
    assert aligner._absorb_limits(beads, 1, 0, tight) == tight
    unsure = [_bead((0,), (0,), aligner.ANCHOR_MARGIN - 0.1), piece, speech]
    assert aligner._absorb_limits(unsure, 1, 2, tight) == tight
    # A sure bead of more than one sentence a side is no anchor.
    wide = [_bead((0,), (0, 1), 9.0), _bead((), (2,), None), _bead((1,), (3, 4), 0.5)]
    assert aligner._absorb_limits(wide, 1, 2, tight) == tight
    # At the text's edge there is nothing beyond; looser limits never tighten wider ones.
    assert aligner._absorb_limits([piece, speech], 0, 1, tight) == tight
    assert aligner._absorb_limits(beads, 1, 2, (5.0, 0.13)) == (5.0, 0.13)


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
@pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)
def test_a_short_piece_at_a_speechs_edge_joins_the_speech() -> None:
    try:
        (doc,) = [d for d in align_heldout15.documents() if d.name == TEXT]
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    assert set(SPEECHES) <= set(doc.gold)
    encoder = default_encoder()
    assert encoder is not None
    beads = align(doc.source, doc.target, meaning=Meaning(encoder))
    found = {(b.source, b.target) for b in beads}
    assert set(SPEECHES) <= found
    # The speakers' names either side stay paired alone, and no unpaired sentence is left here.
    for source, target in SPEECHES:
        assert ((source[0] - 1,), (target[0] - 1,)) in found
    assert [i for b in beads for i in b.source] == list(range(len(doc.source)))
    assert [j for b in beads for j in b.target] == list(range(len(doc.target)))
