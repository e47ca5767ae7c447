"""custom-rule: one search-time allowance for the whole rules file (hardening, round 36).

Each rule had an allowance of its own, 0.05 s a segment on average beyond a 2 s start, so a
pattern just under it (a fuzzy or backtracking one taking 40 ms on each target, well under
the 2 s one search may take) checked 100,000 segments for 83 minutes, and ten such rules for
fourteen hours, every run. The rules now share one allowance that grows with the segments'
length and the number of rules, ten times what costly sound patterns take; past it the check
stops in one line naming the slowest rule."""

from __future__ import annotations

import pytest

from tests.core.search_clock import SteadyClock
from workbench.core.checks import run_checks
from workbench.core.checks.rules import parse_rules
from workbench.errors import InputError

TARGETS = [f"Клуб номер {i} открылся." for i in range(400)]


def _run(make_segments, rules: int) -> list[int]:
    rule_set = parse_rules({"rule": [{"id": f"slow-{i}", "target_forbidden": f"клаб{i}"} for i in range(rules)]},
                           "en", "ru")
    pairs = [("The club opened.", target) for target in TARGETS]
    return [f.segment for f in run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                                          checks=["custom-rule"], rules=rule_set)]


@pytest.mark.parametrize("rules", [1, 10])
def test_rules_a_little_slow_on_every_segment_stop_the_check(make_segments, monkeypatch: pytest.MonkeyPatch,
                                                             rules: int) -> None:
    monkeypatch.setattr("workbench.core.checks.rules.time", SteadyClock(0.04))
    with pytest.raises(InputError) as refused:
        _run(make_segments, rules)
    said = str(refused.value)
    assert "\n" not in said and "rules.toml: its" in said and "the slowest, rule slow-" in said
    assert "simplify it" in said


def test_rules_at_a_sound_patterns_pace_are_never_stopped(make_segments, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.core.checks.rules.time", SteadyClock(1e-4))  # three times a fuzzy pattern's
    assert _run(make_segments, 10) == []
