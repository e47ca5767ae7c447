"""The confidence models are fitted on every free-translation work that is dev data:
align-dev and the three former held-out sets, never the fourth, which is scored once.
The works are stood in for by made-up documents, so no text of any set is read here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import align_dev, align_heldout, align_heldout2, align_heldout3, fit_alignment
from bench.align_dev import DevDocument
from workbench.core.alignment.aligner import Sentence


def made_up(name: str) -> DevDocument:
    return DevDocument(name, (Sentence("One.", 0),), (Sentence("Один.", 0),), (((0,), (0,)),))


def test_every_former_held_out_set_is_fitted_on_and_the_fourth_never(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The held-out sets are read by their gold file (None: the first set's own), and
    only the first three are."""
    read: list[Path | None] = []

    def documents(sources: object = None, gold_file: Path | None = None) -> list[DevDocument]:
        read.append(gold_file)
        return [made_up(f"work {len(read)}")]

    monkeypatch.setattr(align_dev, "documents", lambda: [made_up("dev work")])
    monkeypatch.setattr(align_heldout, "documents", documents)
    by_set = fit_alignment.works()
    assert list(by_set) == ["align-dev", "held-out 1", "held-out 2", "held-out 3"]
    assert read == [None, align_heldout2.GOLD, align_heldout3.GOLD]
    assert [doc.name for docs in by_set.values() for doc in docs] == [
        "dev work",
        "work 1",
        "work 2",
        "work 3",
    ]


@pytest.mark.parametrize("wide", [False, True])
def test_only_the_free_model_s_rows_read_beside_an_unpaired_sentence(wide: bool) -> None:
    """The feature kept from the close models is "beside an unpaired sentence", passed by
    its name, not blanked by its place: the features added after it (the doubts, the
    margins) made "the last column" another feature."""
    from workbench.core.alignment.aligner import Bead, confidence_features

    doc = DevDocument(
        "made up",
        (Sentence("One.", 0), Sentence("Two.", 0)),
        (Sentence("Один.", 0),),
        (((0,), (0,)), ((1,), ())),
    )
    beads = [Bead((0,), (0,), 0.9, 0.5, 3.0, 0.1), Bead((1,), (), 0.2, None, 1.0)]
    rows, labels, _ = fit_alignment.confidence_rows([(doc, beads)], wide=wide)
    beside = confidence_features(3.0, False, 0.5, 0.0, 0.1, True)
    plain = confidence_features(3.0, False, 0.5, 0.0, 0.1, False)
    column = next(k for k, (a, b) in enumerate(zip(beside, plain, strict=True)) if a != b)
    assert rows[0, column] == float(wide)
    assert labels.tolist() == [1.0, 1.0]
