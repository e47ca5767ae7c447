"""Two neighbouring 1-1 pairs that read much better joined are one 2-2 bead (`_merged_pairs`).

The passages are real ones, the eighth held-out set's «Бэла» (Lermontov, in J. H. Wisdom and
Marr Murray's English) and a chapter of the twenty-fifth's «Исповедь» (Tolstoy, in Aylmer Maude's
English), read at test time where `fetch` mirrors them and split or imported as the sets are
(`bench.align_heldout8`, `bench.align_heldout25`); their gold beads are the committed ones.
Nothing of the texts is in the repository. Where a mirror, the dev set's splitter or the encoder
is missing, the test is skipped.
"""

from __future__ import annotations

import json

import pytest

from bench import align_dev, align_heldout, align_heldout8, align_heldout25
from workbench.core.alignment import aligner
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


CLOSE_TEXT = "confession-12"
CROSSED = ((80, 81), (77, 78))
"""Maude's "I saw before me nothing but destruction, ..." ends where Tolstoy's period goes on
(«..., нигде не видел спасения и не знал, что мне делать.»): his next sentence opens with that
clause and goes on with «Но, оглянувшись назад, ...»."""


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
def test_a_close_translation_joins_a_clause_crossed_over_its_boundary_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The chapter reads as a close translation (under a third of the cheap pass's beads unsure),
    so only the pairs around its unsure beads are read with meaning; two of them that cross a
    clause are one 2-2 bead there as in a free translation (session 46)."""
    try:
        document = next(d for d in align_heldout25.documents() if d.name == CLOSE_TEXT)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = set(document.gold)
    assert CROSSED in gold
    read_as: list[bool] = []
    free_translation = aligner.free_translation

    def spied(beads: list[aligner.Bead]) -> bool:
        read_as.append(free_translation(beads))
        return read_as[-1]

    monkeypatch.setattr(aligner, "free_translation", spied)
    encoder = default_encoder()
    assert encoder is not None
    beads = align(document.source, document.target, meaning=Meaning(encoder))
    assert read_as and not any(read_as)
    found = {(b.source, b.target) for b in beads}
    assert CROSSED in found
    assert {((79,), (76,)), ((82,), (79,))} <= gold & found
