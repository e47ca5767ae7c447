"""SRX segmentation: one search-time allowance for the whole file's rules (hardening, round 37).

Each rule had an allowance of its own, 2 s and 0.05 s a paragraph on average, so a file of
many rules each a little slow (20 ms a paragraph, well under its own 0.05 s) split every
paragraph for seconds, unhindered: 1,000 such rules, 20 s a paragraph, a book of 10,000
paragraphs in two days. The rules share one allowance now, as a project's custom rules do since
round 36, grown at each paragraph by the number of rules and its length; past it the import
stops in one line naming the slowest rule. OmegaT's 1,134 default rules and our own run at
about 3.5 µs a rule and paragraph, some thirty times under it."""

from __future__ import annotations

import pytest

from tests.core.search_clock import SteadyClock
from workbench.errors import InputError
from workbench.formats.srx import LanguageRules, SrxRule, SrxRules, SrxSegmenter

PARAGRAPH = "The club opened in 1925. It had a library. Workers came in the evenings."


def _segmenter(rules: int) -> SrxSegmenter:
    listed = tuple(SrxRule(False, f"\\bNo{i}\\.", "\\s") for i in range(rules - 1))
    return SrxSegmenter(LanguageRules.of(SrxRules((("en", (*listed, SrxRule(True, "\\.", "\\s"))),), (("en.*", "en"),)), "en"))


def test_many_rules_each_a_little_slow_stop_the_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.formats.srx.time", SteadyClock(0.02))  # under a rule's own 0.05 s a paragraph
    segmenter = _segmenter(100)
    with pytest.raises(InputError) as refused:
        for _ in range(400):
            segmenter.split(PARAGRAPH)
    said = str(refused.value)
    assert "\n" not in said and said.startswith("the segmentation rules took ")
    assert "the slowest, '\\\\bNo0\\\\.' / '\\\\s'" in said and "import corrected SRX rules" in said


def test_rules_at_a_sound_pace_are_never_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.formats.srx.time", SteadyClock(2e-5))  # six times the measured pace
    segmenter = _segmenter(100)
    for _ in range(400):
        assert segmenter.split(PARAGRAPH) == [(0, 24), (25, 42), (43, 72)]
