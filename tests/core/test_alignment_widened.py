"""A stretch the meaning pass aligned again that no longer ends as the cheap pass had it is
widened (`_widened`): the cheap pass was out of step beyond it (set 24's play, where lengths
paired each short speech with its neighbour's translation after a subtitle run into a title).

Beads made up by hand: the function reads only which beads were chosen and which came back."""

from __future__ import annotations

import numpy as np

from workbench.core.alignment.aligner import WIDEN_CONTEXT, Bead, _widened


def _beads(n: int) -> list[Bead]:
    return [Bead((i,), (i,), 0.9, margin=3.0) for i in range(n)]


def test_a_stretch_that_kept_both_edges_is_left_as_it_was() -> None:
    beads = _beads(12)
    unsure = np.zeros(12, dtype=bool)
    unsure[4:7] = True
    # Inside the stretch the meaning pass changed its mind; its first and last beads stand.
    realigned = [beads[:5] + [Bead((5,), (), 0.5), Bead((), (5,), 0.5)] + beads[6:]]
    assert _widened(beads, unsure, realigned) is unsure


def test_a_stretch_whose_last_bead_changed_grows_after_it() -> None:
    beads = _beads(12)
    unsure = np.zeros(12, dtype=bool)
    unsure[2:5] = True
    # The meaning pass kept beads 2 and 3 but ended the stretch in a 1-2: the cheap pass's
    # pairs after it were a sentence out of step.
    realigned = [beads[:4] + [Bead((4,), (), 0.5)] + beads[5:]]
    wider = _widened(beads, unsure, realigned)
    assert list(np.flatnonzero(wider)) == list(range(2, 5 + WIDEN_CONTEXT))


def test_a_stretch_whose_first_bead_changed_grows_before_it_up_to_the_start() -> None:
    beads = _beads(12)
    unsure = np.zeros(12, dtype=bool)
    unsure[1:3] = True
    realigned = [beads[:1] + [Bead((1, 2), (1,), 0.5), Bead((), (2,), 0.5)] + beads[3:]]
    wider = _widened(beads, unsure, realigned)
    assert list(np.flatnonzero(wider)) == list(range(0, 3 + WIDEN_CONTEXT))


def test_each_run_is_widened_on_its_own_side_only() -> None:
    beads = _beads(20)
    unsure = np.zeros(20, dtype=bool)
    unsure[3:5] = True
    unsure[12:15] = True
    # The first run kept its edges; the second lost its first bead and kept its last.
    realigned = [beads[:12] + [Bead((12, 13), (12,), 0.5), Bead((), (13,), 0.5)] + beads[14:]]
    wider = _widened(beads, unsure, realigned)
    assert list(np.flatnonzero(wider)) == [3, 4] + list(range(12 - WIDEN_CONTEXT, 15))
