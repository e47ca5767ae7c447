"""The sense-margin measurement (can sentence meaning tell a term's sense from another sense of its
word?) labels each match the matcher returns by the annotation, scores it against its concept,
chooses a threshold within a set's recall budget and says when a threshold chosen on one set
spends more than another set's budget. A bag-of-words stand-in for the encoder keeps the scores
deterministic; the real sets are read only by `python -m bench.sense_margin`."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bench.recognition_quality import Case
from bench.sense_margin import Scored, ScoredMatch, outcome, report, score_set, threshold
from termbase.formats import read_termbase_file

_TERMBASE = ("id,en,pos,subject,definition\n"
             "key,key,noun,music,the family of notes and chords built on one tonic note\n"
             "bar,bar,noun,music,one of the equal divisions of a piece marked off by bar lines\n")
_CASES = [
    Case("en", "The sonata moves to the key of the tonic note and its chords.", (("key", "key"),), "hit", ""),
    Case("en", "He turned the key in the old door.", (), "near-miss", "another sense"),
    Case("en", "Every bar holds four notes of the piece.", (("bar", "bar"),), "hit", ""),
]


def _words(texts: Sequence[str]) -> np.ndarray:
    """Unit bag-of-words vectors hashed into 256 dimensions (crc32: the same in every process)."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().replace(":", " ").replace("(", " ").replace(")", " ").split():
            out[row, zlib.crc32(word.encode()) % 256] += 1.0
        out[row] /= max(float(np.linalg.norm(out[row])), 1e-9)
    return out


@pytest.fixture
def scored(tmp_path: Path) -> Scored:
    termbase = tmp_path / "termbase_en.csv"
    termbase.write_text(_TERMBASE, encoding="utf-8")
    return score_set(read_termbase_file(termbase), _CASES, _words)


def test_every_match_is_labelled_by_the_annotation_and_scored(scored: Scored) -> None:
    assert scored.positives == 2
    assert [(m.concept_id, m.true) for m in scored.matches] == [("key", True), ("key", False), ("bar", True)]
    assert all(set(m.scores) == {"definition", "entry", "contrast"} for m in scored.matches)
    # The door's key shares no word with the musical key's definition; the sonata's does.
    assert scored.matches[1].scores["definition"] < scored.matches[0].scores["definition"]


def test_a_threshold_chosen_within_the_budget_drops_no_true_match_here(scored: Scored) -> None:
    assert scored.budget() == 0
    cut = threshold(scored, "definition")
    result = outcome(scored, "definition", cut)
    assert (result.dropped_true, result.dropped_false) == (0, 1)
    assert (result.recall_before, result.recall_after) == (1.0, 1.0)
    assert (result.precision_before, result.precision_after) == (pytest.approx(2 / 3), 1.0)


def test_a_threshold_that_spends_another_sets_budget_is_said_to() -> None:
    lenient = Scored(tuple(ScoredMatch("c", True, {v: 0.5 for v in ("definition", "entry", "contrast")})
                           for _ in range(300)), 300)
    strict = Scored((ScoredMatch("c", True, {v: 0.1 for v in ("definition", "entry", "contrast")}),
                     ScoredMatch("c", False, {v: 0.0 for v in ("definition", "entry", "contrast")})), 1)
    lines = report({"lenient": lenient, "strict": strict})
    chosen_on_lenient = lines[lines.index("definition chosen on lenient (drops below 0.500):") + 2]
    assert chosen_on_lenient.lstrip().startswith("strict") and chosen_on_lenient.endswith("over budget")
    assert not any(line.endswith("over budget") for line in lines[lines.index(
        "definition chosen on strict (drops below 0.100):"):][1:3])
