"""List enumerators and renumbered designations, read once (hardening, round 23).

`enumerators` tried each marker against every run of markers opened before it, counting the
words between by reading the text again for each pair; `numbers._renumbered_names` read the
whole text again for each name renumbered. A target of 2,000 «а) аа бб» then 2,000 «б) аа бб»
(36,000 characters) took 6 s of `check`; a source of 2,000 names "ABCD-1" beside a target of
the same names "ABCD-2", 6 s, and 5,000 of them, minutes (`bench hostile_checks`). The readings
are counted here, not timed; random texts show the one reading gives the old answers.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import pytest

from workbench.core.checks import enumerators as enumerator_module
from workbench.core.checks import numbers
from workbench.core.checks.enumerators import (
    _LEAST_ITEM_WORDS,
    _MARKER,
    _WORD,
    _rank,
    enumerators,
    without_enumerators,
)
from workbench.core.checks.transliteration import designation_key


class _Counted:
    """A compiled pattern whose every reading of a text is counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.readings = 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.pattern, name)
        if name in {"finditer", "findall", "search", "match", "sub"}:
            def counted(*args: Any, **kwargs: Any) -> Any:
                self.readings += 1
                return attribute(*args, **kwargs)
            return counted
        return attribute


def _enumerators_as_before(text: str) -> list[tuple[int, int]]:
    """The reading before round 23: every run tried, the words between counted afresh."""
    runs: list[list[re.Match[str]]] = []
    for m in _MARKER.finditer(text):
        kind, place = _rank(m.group(2))
        if place == 1:
            runs.append([m])
            continue
        for run in runs:
            last = run[-1]
            if (_rank(last.group(2)) == (kind, place - 1) and last.group(1) == m.group(1)
                    and len(_WORD.findall(text, last.end(), m.start())) >= _LEAST_ITEM_WORDS):
                run.append(m)
                break
    return sorted(m.span() for run in runs if len(run) >= 2 for m in run)


def test_the_markers_found_are_those_every_run_tried_found() -> None:
    rng = random.Random(23)
    pieces = ["1)", "(1)", "2)", "(2)", "3)", "a)", "(b)", "б)", "а)", "в)", " ", " ", "x", "слово", ", ", "9", "f(x)", "\u00a0"]
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        if ")" in text and re.search(r"(?:^|[\s(])(?:1|a|а)\)", text):
            assert enumerators(text) == _enumerators_as_before(text), text


def test_markers_blanked_in_one_pass_are_those_blanked_one_by_one() -> None:
    text = "Do this: 1) open the box; 2) take the key; 3) close it."
    spans = enumerators(text)
    expected = text
    for start, end in spans:
        expected = expected[:start] + " " * (end - start) + expected[end:]
    assert len(spans) == 3 and without_enumerators(text, spans) == expected


def test_a_long_list_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(_WORD)
    monkeypatch.setattr(enumerator_module, "_WORD", counted)
    text = "Сделайте: " + " ".join("а) аа бб" for _ in range(500)) + " " + " ".join("б) аа бб" for _ in range(500))
    spans = enumerators(text)
    assert len(spans) == 1_000
    # Was once per pair of markers tried: 500.
    assert counted.readings <= 1, counted.readings


def _renumbered_as_before(source: str, target: str) -> tuple[list[str], list[str]]:
    found: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for side, text in enumerate((source, target)):
        for m in numbers._NAMED_NUMBER.finditer(text):
            found.setdefault(designation_key(m.group(1)), (Counter(), Counter()))[side][m.group(2)] += 1
    missing: list[str] = []
    extra: list[str] = []
    for name, (in_source, in_target) in found.items():
        lost, added = in_source - in_target, in_target - in_source
        if lost and added:
            for text, wanted, out in ((source, lost, missing), (target, added, extra)):
                left = Counter(wanted)
                for m in numbers._NAMED_NUMBER.finditer(text):
                    if designation_key(m.group(1)) == name and left[m.group(2)] > 0:
                        left[m.group(2)] -= 1
                        out.append(f"{m.group()}@{m.start()}")
    return missing, extra


def _renumbered(source: str, target: str) -> tuple[list[str], list[str]]:
    result = numbers._renumbered_names(source, target)
    return ([f"{t.text}@{t.start}" for t in result.missing], [f"{t.text}@{t.start}" for t in result.extra])


def test_renumbered_names_read_once_are_those_read_per_name() -> None:
    rng = random.Random(23)
    names = ["BN", "БН", "GPL", "Ту", "TU", "COVID"]
    for _ in range(5_000):
        source, target = (" ".join(f"{rng.choice(names)}-{rng.randint(1, 3)}" for _ in range(rng.randint(0, 6)))
                          for _ in range(2))
        assert _renumbered(source, target) == _renumbered_as_before(source, target), (source, target)


def test_many_renumbered_names_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(numbers._NAMED_NUMBER)
    monkeypatch.setattr(numbers, "_NAMED_NUMBER", counted)
    rng = random.Random(23)
    names = sorted({"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(5)) for _ in range(300)})
    result = numbers._renumbered_names(" ".join(f"{n}-1" for n in names), " ".join(f"{n}-2" for n in names))
    assert len(result.missing) == len(result.extra) == len(names)
    # Was two readings and two more for each name: 602.
    assert counted.readings <= 2, counted.readings
