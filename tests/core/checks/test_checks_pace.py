"""Every check family reports its progress as it walks the pairs, not once at its end (session 44).

The TUI stops a check run when a newer one is asked for by raising from the run's progress report
(`WorkbenchApp.run_checks`). Typography, tags, lengths and the other families that reported once,
at their end, ran whole before a newer request could stop them: half a second of typography at
20,000 pairs on a quiet machine, ten on a busy one (`bench/bench_check_pace.py`). Here each
family's run is stopped at its first report: the run must stop with pairs still unwalked. The
terms, which reported per batch of 2,000 (their enforcer's), walk the same pace since session 45.
"""

from __future__ import annotations

import pytest

from termbase.enforce import Enforcer
from workbench.core.checks import FAMILIES, run_checks
from workbench.core.checks.base import PACE
from workbench.core.checks.rules import parse_rules
from workbench.core.spelling import Speller, available

PAIRS = [
    ("The club met in room 12 on Monday.", "Клуб  собрался в комнате 12 в понедельник."),
    ("See the <b>trade union</b> page.", "См. страницу ⟦1⟧профсоюза⟦2⟧."),
    ("Write to club@example.org.", "Пишите на club@example.org."),
    ("Why?", ""),
]
"""A double space, inline codes, an address and an empty target: work for every family."""
RULES = parse_rules({"rule": [{"id": "pct", "message": "Use %.", "source": "per ?cent", "target_required": "%"}]},
                    "en", "ru")


class Stopped(Exception):
    """What the TUI's report raises once a newer run is asked for."""


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_run_stopped_at_its_first_report_leaves_pairs_unwalked(make_segments, family: str) -> None:
    if family == "spelling" and not available("ru"):
        pytest.skip("no Hunspell ru_RU dictionary")
    segments = make_segments(PAIRS * (3 * PACE // len(PAIRS)))
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        raise Stopped

    with pytest.raises(Stopped):
        run_checks(segments, source_lang="en", target_lang="ru", checks=FAMILIES[family].checks,
                   progress=progress, rules=RULES, speller=Speller("ru") if family == "spelling" else None,
                   enforcer=Enforcer([], "en", "ru") if family == "terms" else None)
    [(done, total)] = reports
    assert done == PACE and total == len(segments), (family, done, total)


def test_a_run_not_stopped_reports_every_pair_of_every_family_once(make_segments) -> None:
    segments = make_segments(PAIRS * (PACE // len(PAIRS) + 1))
    reports: list[tuple[int, int]] = []
    run_checks(segments, source_lang="en", target_lang="ru", progress=lambda done, total: reports.append((done, total)),
               rules=RULES)
    dones = [done for done, _ in reports]
    assert dones == sorted(dones) and reports[-1][0] == reports[-1][1] == reports[0][1]
    families = reports[-1][1] // len(segments)  # those that ran: no termbase, no speller
    assert families == len(FAMILIES) - 2 and len(reports) == 2 * families  # a pace of pairs, then the rest
