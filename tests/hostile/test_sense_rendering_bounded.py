"""`term sense mark` without `--rendering` read every pair of the project (hardening, round twenty).

The rendering an "another sense" answer takes from the project's pairs
(`checks.senses.project_rendering`) built every segment and lemmatised and matched every pair
that might hold the word: 100,000 made-up pairs that all hold it cost 20 s of CPU and 490 MB.
It reads the pairs worth reading a row at a time now, and lemmatises at most `RENDERING_PAIRS`
of them, spread over the project. The bound is counted here (pairs lemmatised), not timed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.cli.test_check_cli import project_with_terms
from workbench.cli import main
from workbench.core.checks import senses
from workbench.core.project.store import Project

BIRDS = (("heron", "Цапля"), ("pelican", "Пеликан"), ("stork", "Аист"), ("duck", "Утка"))
PAIRS = 5_000
BOUND = 2_000
"""The pairs a rendering may be inferred from, at most (`senses.RENDERING_PAIRS`)."""


def test_another_sense_rendering_reads_a_bounded_sample(tmp_path: Path, runner: CliRunner,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [(f"The {en} cleaned its bill {i}.", f"{ru} почистила клюв {i}.")
             for i, (en, ru) in ((i, BIRDS[i % len(BIRDS)]) for i in range(PAIRS))]
    folder = project_with_terms(tmp_path, runner, pairs, "id,en,ru,status\ninvoice,bill,счёт,preferred\n")
    lemmatised: list[str] = []
    real = senses.rendering_of

    def counted(text: str, lang: str) -> tuple[str, ...]:
        lemmatised.append(text)
        return real(text, lang)

    def every_segment(self: Project) -> None:
        raise AssertionError("one answer built every segment of the project")

    monkeypatch.setattr(senses, "rendering_of", counted)
    monkeypatch.setattr(Project, "segments", every_segment)
    result = runner.invoke(main, ["term", "sense", "mark", str(folder), "--segment", "7", "--format", "json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    # The same rendering as reading every pair gives: the sample is spread evenly.
    assert (row["segment"], row["words"], row["rendering"]) == (7, "bill", "клюв")
    targets = [text for text in lemmatised if "клюв" in text]
    assert len(targets) <= BOUND, f"{len(targets)} of {PAIRS} pairs lemmatised"
